#!/usr/bin/env node
// The bin is this committed file rather than dist/bin.js, so that a workspace install can link
// `durum` before anything is built (pnpm warns of a bin it cannot find at install time).
import '../dist/bin.js'
