"""`python -m resonanz` is `resonanz`."""

from resonanz.cli import main

main()
