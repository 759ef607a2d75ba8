/** The CSI register's records: improvement items, their workflow history and the score weights. */
package dev.gemba.improvement.entity;
