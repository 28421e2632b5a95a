// Registers this module's operations and routes on import.
