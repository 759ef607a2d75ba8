/** Service reviews: scheduled reviews with a business unit, their generated pack, agenda and minutes. */
package dev.gemba.review;
