/**
 * Puppeteer's core: Puppeteer without its browser download and configuration files, which is
 * all a build needs when the system has a Chromium (src/browser.ts). Its CommonJS build, which
 * Node loads some 40 ms faster than its ES modules; scripts/bundle.mjs bundles this module
 * (dist/puppeteer-core-bundle.cjs) with V8's code cache, which loads in half the time again, and
 * Chromium starts that much sooner.
 */
import { createRequire } from 'node:module';
import type { PuppeteerNode } from 'puppeteer-core';

const require = createRequire(import.meta.url);

export const puppeteerCore = require('puppeteer-core') as PuppeteerNode;
