"""Validation desk: people's labels, sampling the next posts to label, training the field models on them,
agreement between annotators and with the machine, and shares corrected for the machine's measured errors."""
