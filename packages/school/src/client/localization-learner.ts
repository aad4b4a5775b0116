/** The learner pages' strings added with the learner loop (player, continue, quiz, states). */
export const learnerLocalization = {
	playbackSpeed: "Speed",
	upNextTitle: "Up next",
	upNextIn: (secs: number) => `Starting in ${secs} s`,
	upNextPlay: "Play now",
	upNextCancel: "Cancel",
};
