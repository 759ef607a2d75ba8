/** Finding and storing catalog entries, with filtering, sorting and paging done in the database. */
package dev.gemba.catalog.control;
