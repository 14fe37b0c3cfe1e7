"""Vigie analysis package: pure Python, no Streamlit (tests/test_architecture.py enforces it)."""
