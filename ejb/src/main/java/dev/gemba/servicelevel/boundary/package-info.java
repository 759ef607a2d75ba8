/**
 * Service levels: agreements and their targets ({@code AgreementService}), measurements, and
 * compliance per period with trend and tiered-support figures ({@code ServiceLevelService}).
 */
package dev.gemba.servicelevel.boundary;
