/** Service levels' pages: the agreements list and editor, compliance per agreement or service. */
package dev.gemba.servicelevel.web;
