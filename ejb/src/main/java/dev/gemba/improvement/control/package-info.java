/** Rules and computations of the CSI register: workflow, KPI measurement, priority score, outcome. */
package dev.gemba.improvement.control;
