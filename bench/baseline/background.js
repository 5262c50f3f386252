// Present only so the benchmark can learn this extension's id from its worker URL.
