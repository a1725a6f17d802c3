"""An example claimlint plugin: one rule, registered through the ``claimlint`` entry-point group."""
