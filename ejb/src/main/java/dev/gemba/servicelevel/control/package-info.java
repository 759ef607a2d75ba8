/** Service levels' repository, compliance rules, measurement recording, import kind and demo data. */
package dev.gemba.servicelevel.control;
