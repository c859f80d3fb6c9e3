import {runComposeBench} from '/work/wt/media/bench/media-compose.bench.mjs';
const result = await runComposeBench(JSON.parse(process.argv[2] ?? '{}'));
console.log(JSON.stringify(result, null, 1));
process.exit(0);
