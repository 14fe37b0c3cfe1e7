# Browser test prerequisites (tests/test_browser.py): Debian's chromium and the Playwright Python package.
# Playwright's own browser download (`playwright install`) is never used: it cannot reach its servers here.
if [ ! -x /usr/bin/chromium ]; then
    apt-get update && apt-get install -y --no-install-recommends chromium
fi
.venv/bin/python -c "import playwright" 2>/dev/null || .venv/bin/pip install playwright
