/** Service levels over REST: agreements with targets, measurements, compliance. */
package dev.gemba.servicelevel.rest;
