"""Keys, key derivation and authenticated encryption (all primitives from `cryptography`)."""
