// The pages of batches of requests (issue 15), one lazily loaded chunk with their own texts (router.tsx).
export { BatchesPage } from './BatchesPage.js';
export { BatchPage } from './BatchPage.js';
export { BatchUploadPage } from './BatchUploadPage.js';
