// The lazily loaded admin access chunk (see lazy.tsx).
export { AdminAccessAsked } from './AdminAccessAsked.js';
export { AdminAccessCard } from './AdminAccessCard.js';
export { AdminAccessSection } from './AdminAccessSection.js';
