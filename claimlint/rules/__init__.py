"""The built-in rules: one module, one rule, one code, registered through the plugin hooks."""
