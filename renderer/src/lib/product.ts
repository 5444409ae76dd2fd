// The product's name as readers see it in the window. It comes from
// package.json "productName" at build time (electron.vite.config.ts defines
// it), the one place a publisher renames the app; installers and menus read
// the same field.
declare const __PRODUCT_NAME__: string;

export const PRODUCT_NAME: string = __PRODUCT_NAME__;
