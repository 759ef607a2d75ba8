/** REST resources of the service catalog: IT services and business units. */
package dev.gemba.catalog.rest;
