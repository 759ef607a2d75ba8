package dev.gemba.finding.boundary;

/** How many evidence items a support tier (L0–L3) handled. */
public record TierCount(String tier, long items) {}
