"""Commands: the command line's sub-commands, one module per family.

Each module offers `register(sub)`: it adds its parsers to argparse's sub-parsers and binds each one to a
handler with `set_defaults(run=handler)`; a handler takes the parsed arguments and returns the JSON summary
printed as the last line. `analysis/__main__.py` lists the modules and turns errors into one line.
"""
