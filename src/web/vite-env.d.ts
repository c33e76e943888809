/** Vite's client types: asset imports with `?url`. */
/// <reference types="vite/client" />
