"""Pure rules of 见义勇为 work: no Qt, no SQL."""
