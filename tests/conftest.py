"""Test setup: the suite never depends on the developer's installed plugins or caches."""

import os
import sys
from pathlib import Path

# Entry-point plugins installed on the developer's machine must not change results.
os.environ.setdefault("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
sys.path.insert(0, str(Path(__file__).parent))
