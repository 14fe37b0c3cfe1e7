# Vigie: `make run` (installs, builds the demo store if missing, starts the dashboard) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= data/vigie.duckdb
DEMO_POSTS ?= 20000

.PHONY: run test install demo-data bench clean

run: install demo-data
	VIGIE_DB=$(DB) $(VENV)/bin/streamlit run app.py --server.address 127.0.0.1 --server.headless true \
		--browser.gatherUsageStats false

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

demo-data: install
	@if [ ! -f "$(DB)" ]; then \
		$(PY) -m analysis demo --db $(DB) --posts $(DEMO_POSTS) && \
		$(PY) -m analysis annotate --db $(DB) --workers 2; \
	fi

test: install
	$(PY) -m pytest -q -p no:cacheprovider

bench: install
	for script in benchmarks/bench_*.py; do $(PY) $$script || exit 1; done

clean:
	rm -rf $(VENV) $(DB)
