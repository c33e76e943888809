/** Every CLI command, in the order `--help` lists them. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerCompanies } from './companies.js';
import { registerDeal } from './deal.js';
import { registerDeals } from './deals.js';
import { registerInit } from './init.js';

export type RegisterCommand = (program: Command, io: CliIo) => void;

export const commands: readonly RegisterCommand[] = [registerInit, registerCompanies, registerDeals, registerDeal];
