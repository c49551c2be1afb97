// Runs in every test file of every tier, after the test framework is set up.
import { afterAll } from '@jest/globals';
import { removeTestTempDirs } from './temp-dirs.js';

afterAll(removeTestTempDirs);
