WHERE = "/shadow.py (beside main.py)"
