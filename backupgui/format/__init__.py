"""The backup format (docs/FORMAT.md): set config, packs, indexes and snapshot manifests."""
