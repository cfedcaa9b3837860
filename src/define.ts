/**
 * `bridgeway/define` and the CDN bundle: registers every Bridgeway element under its
 * `bw-` name and re-exports the classes and `configure()`.
 */
import './ui/provider/define.js';
import './widgets/coordinator-desk/define.js';
import './widgets/credential-gap-mapper/define.js';
import './widgets/mentor-finder/define.js';
import './widgets/mentor-profile/define.js';
import './widgets/milestone-tracker/define.js';
import './widgets/narrative-builder/define.js';
import './widgets/program-metrics/define.js';

export * from './index.js';
