"""The bundled default corpus: two articles on China and Nvidia's H20 chips."""
