// The permalink layout's existence check throws notFound() above app/c/[id]/, so this boundary catches it.
export { default } from './[id]/not-found';
