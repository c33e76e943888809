/** Advance widths of the Inter typeface (regular and bold), in thousandths of an em, for pure text measuring. */

// NOTE: generated once with fontkit from @expo-google-fonts/inter 0.4.2 (Inter_400Regular.ttf, Inter_700Bold.ttf);
// kept as data so layout stays pure and runs in the browser. Characters outside the table count as "0".
/** The characters the tables cover, in order. */
export const INTER_CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—→←≥≤~€£¥…·•×‘’“”é';

/** Widths per character of {@link INTER_CHARS}, regular weight. */
export const INTER_REGULAR: readonly number[] = [
  281, 288, 466, 633, 642, 982, 644, 300, 365, 365, 501, 662, 288, 460, 288, 360, 631, 407, 610,
  618, 646, 593, 620, 566, 619, 620, 288, 302, 662, 662, 662, 511, 966, 690, 654, 730, 722, 601,
  590, 746, 743, 269, 571, 672, 565, 903, 753, 765, 639, 765, 644, 642, 646, 744, 690, 985, 682,
  679, 629, 365, 360, 365, 471, 456, 323, 562, 612, 571, 612, 583, 370, 613, 591, 242, 242, 549,
  242, 876, 591, 600, 612, 612, 376, 528, 327, 591, 562, 818, 546, 562, 552, 426, 333, 426, 662,
  500, 1000, 954, 954, 662, 662, 662, 667, 611, 550, 864, 288, 563, 662, 261, 261, 440, 440, 583,
];

/** Widths per character of {@link INTER_CHARS}, bold weight. */
export const INTER_BOLD: readonly number[] = [
  237, 338, 552, 649, 655, 1016, 672, 339, 377, 377, 559, 679, 334, 468, 334, 388, 674, 431, 630,
  646, 676, 622, 649, 582, 651, 649, 334, 343, 679, 679, 679, 560, 1016, 747, 662, 740, 722, 607,
  587, 750, 747, 281, 584, 719, 565, 932, 762, 771, 648, 777, 657, 655, 667, 732, 747, 1038, 738,
  731, 664, 377, 388, 377, 487, 476, 365, 581, 630, 588, 630, 596, 398, 632, 623, 271, 271, 580,
  271, 913, 623, 613, 630, 630, 407, 560, 366, 623, 600, 850, 580, 602, 573, 469, 372, 469, 679,
  500, 1000, 954, 954, 679, 679, 679, 685, 639, 570, 1002, 334, 474, 679, 311, 311, 540, 532, 596,
];
