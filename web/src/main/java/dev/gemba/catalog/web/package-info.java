/** Catalog pages: services and business units, with lazy tables and editing dialogs. */
package dev.gemba.catalog.web;
