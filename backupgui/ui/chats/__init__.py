"""The chats in the library: the list model, the viewer, the import dialog."""
