#!/usr/bin/env bash
# The reports at 1,000,000 complaints: see bench/volume.sh.
exec "$(dirname "$0")/volume.sh" reports "$@"
