/** The service catalog: IT services and the business units that consume them. */
package dev.gemba.catalog.entity;
