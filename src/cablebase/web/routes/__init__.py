"""The reading room's pages, one module per page; each lists its routes in `routes`."""
