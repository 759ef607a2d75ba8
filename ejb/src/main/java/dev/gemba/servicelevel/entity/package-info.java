/** Service levels' records: agreements (SLA, OLA), their targets and monthly measurements with history. */
package dev.gemba.servicelevel.entity;
