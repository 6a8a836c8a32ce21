package org.elige.http;

import java.time.Instant;

/**
 * One API token as stored: never the token itself, only its SHA-256 (the token is 256 random
 * bits, so a plain hash cannot be reversed by guessing).
 */
public record TokenEntry(String name, Role role, String sha256, Instant createdAt) {}
