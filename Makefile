# Vigie: `make run` (installs, builds the demo store if missing, starts the dashboard on this computer only),
# `make serve` (the same for a team on the local network, with accounts) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= data/vigie.duckdb
DEMO_POSTS ?= 20000
PORT ?= 8501

.PHONY: run serve test install demo-data bench clean

run: install demo-data
	VIGIE_DB=$(DB) $(VENV)/bin/streamlit run app.py --server.address 127.0.0.1 --server.headless true \
		--browser.gatherUsageStats false

# For a team: listens on every network interface, every page asks for a login (VIGIE_AUTH=1).
serve: install demo-data
	@$(PY) -m analysis users list --db $(DB) | tail -1 | grep -q '"name"' || { \
		echo "Aucun compte : créez-en un d'abord, par exemple"; \
		echo "  $(PY) -m analysis users add NOM --role admin --db $(DB)   (mot de passe sur l'entrée standard)"; \
		exit 1; }
	@echo "Vigie pour l'équipe : ouvrez http://$$(hostname -I 2>/dev/null | awk '{print $$1}'):$(PORT) depuis un"
	@echo "ordinateur du même réseau (ou http://127.0.0.1:$(PORT) sur ce serveur). Arrêt : Ctrl+C."
	VIGIE_AUTH=1 VIGIE_DB=$(DB) $(VENV)/bin/streamlit run app.py --server.address 0.0.0.0 --server.port $(PORT) \
		--server.headless true --browser.gatherUsageStats false --server.fileWatcherType none

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
