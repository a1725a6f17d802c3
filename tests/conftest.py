"""Test setup.

claimlint's own tests build the plugin manager without entry points (`registered_rules(False)`,
`lint_text(..., load_entry_points=False)`), so a developer's installed claimlint plugins never
change a result; the example plugin's tests turn them on explicitly.
"""

import sys
from pathlib import Path

# The per-language tables share tests/extract_cases.py.
sys.path.insert(0, str(Path(__file__).parent))
