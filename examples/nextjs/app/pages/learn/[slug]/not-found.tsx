// The school's 404 page (a way back to the catalog) for unknown and unpublished course slugs.
export { default } from "../../[[...all]]/not-found";
