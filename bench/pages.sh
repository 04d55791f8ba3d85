#!/usr/bin/env bash
# My work and the team list at 100,000 complaints: see bench/volume.sh.
exec "$(dirname "$0")/volume.sh" pages "$@"
