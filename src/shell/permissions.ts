// One rule for Unix permissions, shared with the engine's operations.
export { hasAccess as canAccess } from '../core';
